//! Converts the embedded `policy.yaml` to JSON at build time. The binary still loads and validates
//! it like any policy file at start, but reading JSON takes a fraction of the time YAML does, which
//! is most of what a one-shot command such as `yijian export` spends.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=policy.yaml");
    let yaml = std::fs::read_to_string("policy.yaml").expect("policy.yaml is readable");
    let value: serde_yaml::Value = match serde_yaml::from_str(&yaml) {
        Ok(v) => v,
        // The loader reports the problem with its line at run time and in the tests; the build
        // only needs to go on.
        Err(_) => serde_yaml::Value::Null,
    };
    let json = serde_json::to_string(&value).expect("YAML values convert to JSON");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("policy.json");
    std::fs::write(out, json).expect("OUT_DIR is writable");
}
