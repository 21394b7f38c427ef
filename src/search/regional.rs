//! Regional wording: Taiwan and Hong Kong terms that differ from the mainland wording of the document.
//!
//! Character-by-character conversion (see `normalize`) turns `積體電路` into `积体电路`, a word the
//! document never uses: it says `集成电路`. So a query also tries its mainland wording. Only the
//! query is rewritten: rewriting indexed text without word segmentation would break words that merely
//! contain a pair of characters (`多数位于` holds `数位`).

/// Regional term → mainland term, both as `normalize` leaves them (simplified characters). Kept to
/// the vocabulary of industry policy; a missing term only means the reader types the mainland one.
const TERMS: &[(&str, &str)] = &[
    ("积体电路", "集成电路"),
    ("积层制造", "增材制造"),
    ("机械人", "机器人"),
    ("雷射", "激光"),
    ("软体", "软件"),
    ("硬体", "硬件"),
    ("资讯", "信息"),
    ("数位", "数字"),
    ("网路", "网络"),
    ("晶片", "芯片"),
    ("列印", "打印"),
    ("奈米", "纳米"),
    ("丛集", "集群"),
    ("智慧家电", "智能家电"),
    ("智慧型", "智能"),
    ("人工智慧", "人工智能"),
    ("智慧机器人", "智能机器人"),
    ("生医", "生物医药"),
    ("超高画质", "超高清"),
    ("高画质", "高清"),
    ("影音", "视频"),
    ("资通讯", "电子信息"),
    ("电子资讯", "电子信息"),
    ("营收", "营业收入"),
    ("数位内容", "数字创意"),
    ("精密仪器设备", "精密仪器装备"),
    ("绿能", "新能源"),
    ("中小型企业", "中小企业"),
    // Taiwan: 產業聚落 is an industry cluster, 品質 quality, 高階 high-end.
    ("聚落", "集群"),
    ("品质", "质量"),
    ("高阶", "高端"),
    ("讯息", "信息"),
    // Hong Kong: 鐳射 lasers, 數碼 digital, 營業額 revenue.
    ("镭射", "激光"),
    ("数码", "数字"),
    ("营业额", "营业收入"),
];

/// Mainland words that hold a regional term across two of their own words (产品+质量 holds
/// 品质, 提高+阶段 holds 高阶): the term is no term there, and is left alone.
const ACROSS: &[&str] = &["产品质量", "商品质量", "提高阶", "通讯息"];

/// The mainland wording of a normalised query, when it differs.
pub fn mainland(s: &str) -> Option<String> {
    let mut out = s.to_string();
    for (regional, mainland) in TERMS {
        if out.contains(regional) {
            out = replace_terms(&out, regional, mainland);
        }
    }
    (out != s).then_some(out)
}

/// `s` with `regional` replaced by `mainland`, except inside the words of [`ACROSS`].
fn replace_terms(s: &str, regional: &str, mainland: &str) -> String {
    let across = |at: usize| {
        ACROSS.iter().any(|w| {
            w.match_indices(regional)
                .any(|(k, _)| at >= k && s[at - k..].starts_with(w))
        })
    };
    let mut out = String::with_capacity(s.len());
    let mut from = 0;
    for (at, _) in s.match_indices(regional) {
        if at < from || across(at) {
            continue;
        }
        out.push_str(&s[from..at]);
        out.push_str(mainland);
        from = at + regional.len();
    }
    out.push_str(&s[from..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::normalize::normalize;

    fn norm(s: &str) -> String {
        normalize(s).iter().map(|n| n.c).collect()
    }

    #[test]
    fn traditional_terms_reach_the_table() {
        // The keys must be what normalisation makes of the traditional spelling, or they never fire.
        let cases = [
            ("積體電路", "集成电路"),
            ("積層製造", "增材制造"),
            ("機械人", "机器人"),
            ("雷射", "激光"),
            ("軟體", "软件"),
            ("資訊", "信息"),
            ("數位", "数字"),
            ("網路", "网络"),
            ("晶片", "芯片"),
            ("3D列印", "3d打印"),
            ("產業叢集", "产业集群"),
            ("智慧家電", "智能家电"),
            ("人工智慧", "人工智能"),
            ("超高畫質", "超高清"),
            ("產業聚落", "产业集群"),
            ("品質為先", "质量为先"),
            ("高階裝備", "高端装备"),
            ("鐳射", "激光"),
            ("數碼創意", "数字创意"),
            ("營業額", "营业收入"),
        ];
        for (traditional, want) in cases {
            assert_eq!(
                mainland(&norm(traditional)).as_deref(),
                Some(want),
                "{traditional}"
            );
        }
    }

    #[test]
    fn mainland_wording_is_left_alone() {
        assert_eq!(mainland("半导体与集成电路"), None);
        // A term read across two mainland words is none.
        assert_eq!(mainland("产品质量"), None);
        assert_eq!(mainland("提高阶段"), None);
        assert_eq!(
            mainland("品质与产品质量").as_deref(),
            Some("质量与产品质量")
        );
        assert_eq!(mainland(""), None);
    }
}
