//! The compact binary form of a dataset (postcard): how the shipped dataset
//! is compiled into the page and how the dataset reader hands a loaded file
//! to it. Only ever produced from a validated dataset, by this build.

use super::Dataset;

/// The shipped dataset in binary form, encoded by build.rs from
/// `public/data/dataset.json`.
pub const SHIPPED_BIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.bin"));

pub fn encode(data: &Dataset) -> Vec<u8> {
    postcard::to_allocvec(data).expect("a dataset always encodes")
}

pub fn decode(bytes: &[u8]) -> Result<Dataset, postcard::Error> {
    postcard::from_bytes(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{load, shipped};

    #[test]
    fn the_compiled_in_binary_is_exactly_the_validated_json() {
        assert_eq!(&decode(SHIPPED_BIN).unwrap(), shipped().unwrap());
    }

    #[test]
    fn a_dataset_survives_the_trip_to_the_page() {
        let data = shipped().unwrap();
        assert_eq!(&decode(&encode(data)).unwrap(), data);
        // The binary form is what makes the page lighter: well under the JSON.
        let json = serde_json::to_string(data).unwrap();
        assert!(
            SHIPPED_BIN.len() * 3 < json.len() * 2,
            "{} vs {}",
            SHIPPED_BIN.len(),
            json.len()
        );
        assert_eq!(load(&json).unwrap(), *data);
    }

    #[test]
    fn bytes_that_are_not_a_dataset_are_an_error_not_a_panic() {
        assert!(decode(&[]).is_err());
        assert!(decode(&SHIPPED_BIN[..SHIPPED_BIN.len() / 2]).is_err());
        assert!(decode(b"{\"format\": 1}").is_err());
    }
}
