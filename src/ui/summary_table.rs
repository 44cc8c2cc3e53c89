//! The dataset district by district: province then and now, the period the
//! report covers, and how many figures and initiatives it gives.

use leptos::prelude::*;

use crate::data::Dataset;
use crate::summary::{self, period_label};

#[component]
pub fn SummaryTable(dataset: &'static Dataset) -> impl IntoView {
    let rows = summary::districts(dataset)
        .into_iter()
        .map(|row| {
            let periods = row
                .periods
                .iter()
                .map(|p| period_label(p))
                .collect::<Vec<_>>()
                .join("; ");
            let province = if row.province_inferred {
                format!("{} (suy ra)", row.province)
            } else {
                row.province.to_string()
            };
            view! {
                <tr data-district=row.id>
                    <th scope="row">{row.name.to_string()}</th>
                    <td data-label="Tỉnh khi báo cáo">{province}</td>
                    <td data-label="Tỉnh từ 1/7/2025">{row.province_2025.to_string()}</td>
                    <td data-label="Thời kỳ báo cáo">{periods}</td>
                    <td data-label="Số liệu" class="num">{row.figures}</td>
                    <td data-label="Mô hình" class="num">{row.initiatives}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="summary">
                <caption>"Các huyện cũ (cấp huyện đã bãi bỏ từ 1/7/2025)"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Huyện"</th>
                        <th scope="col">"Tỉnh khi báo cáo"</th>
                        <th scope="col">"Tỉnh từ 1/7/2025"</th>
                        <th scope="col">"Thời kỳ báo cáo"</th>
                        <th scope="col" class="num">"Số liệu"</th>
                        <th scope="col" class="num">"Mô hình"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
