//! The published format (public/data/dataset.schema.json) accepts the shipped
//! dataset and refuses what the app's parser refuses.

use serde_json::{Value, json};

fn schema() -> jsonschema::Validator {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/public/data/dataset.schema.json"
    ))
    .expect("the schema");
    let schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
    jsonschema::validator_for(&schema).expect("a valid JSON Schema")
}

fn shipped() -> Value {
    serde_json::from_str(lamtheobac::data::SHIPPED_JSON).unwrap()
}

#[test]
fn the_shipped_dataset_follows_the_published_schema() {
    let validator = schema();
    let errors: Vec<String> = validator
        .iter_errors(&shipped())
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_schema_refuses_what_the_parser_refuses() {
    let validator = schema();
    for (path, bad) in [
        ("/figures/0/value", json!("12.000")),
        ("/figures/0/valeu", json!(1)),
        ("/metrics/0/unit", json!("kg")),
        ("/figures/0/period/start", json!("20233")),
    ] {
        let mut data = shipped();
        let (parent, key) = path.rsplit_once('/').unwrap();
        data.pointer_mut(parent).unwrap()[key] = bad.clone();
        assert!(
            !validator.is_valid(&data),
            "the schema accepts {path} = {bad}"
        );
        assert!(
            lamtheobac::data::load(&data.to_string()).is_err(),
            "the app accepts {path} = {bad}"
        );
    }
}

/// Every list of codes the schema publishes is one of the model's coded
/// enums, in its order (`data::Coded`: each code is written once, in Rust).
#[test]
fn the_schema_lists_the_codes_the_model_defines() {
    use lamtheobac::data::{Basis, Coded, DisagreementKind, Level, Qualifier, Unit};
    fn codes<T: Coded>() -> Vec<String> {
        T::all().iter().map(|v| v.code().to_string()).collect()
    }
    fn lists(v: &Value, out: &mut Vec<Vec<String>>) {
        match v {
            Value::Object(o) => {
                if let Some(Value::Array(e)) = o.get("enum") {
                    out.push(
                        e.iter()
                            .filter_map(|c| c.as_str().map(String::from))
                            .collect(),
                    );
                }
                o.values().for_each(|v| lists(v, out));
            }
            Value::Array(a) => a.iter().for_each(|v| lists(v, out)),
            _ => {}
        }
    }
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/public/data/dataset.schema.json"
    ))
    .unwrap();
    let mut published = Vec::new();
    lists(&serde_json::from_str(&text).unwrap(), &mut published);
    let model = [
        codes::<Level>(),
        codes::<Qualifier>(),
        codes::<DisagreementKind>(),
        codes::<Basis>(),
        codes::<Unit>(),
    ];
    for list in &published {
        assert!(
            model.contains(list),
            "the schema lists {list:?}, which no enum defines"
        );
    }
    for list in &model {
        assert!(
            published.contains(list),
            "the schema does not list {list:?}"
        );
    }
    // The one relation kind is a constant there.
    assert_eq!(codes::<lamtheobac::data::RelationKind>(), ["sum"]);
    assert!(text.contains("\"kind\": { \"const\": \"sum\" }"));
}
