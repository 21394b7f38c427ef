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
];

/// The mainland wording of a normalised query, when it differs.
pub fn mainland(s: &str) -> Option<String> {
    let mut out = s.to_string();
    for (regional, mainland) in TERMS {
        if out.contains(regional) {
            out = out.replace(regional, mainland);
        }
    }
    (out != s).then_some(out)
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
        assert_eq!(mainland(""), None);
    }
}
