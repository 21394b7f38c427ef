//! Converts the embedded `policy.yaml` to JSON at build time. The binary still loads and validates
//! it like any policy file at start, but reading JSON takes a fraction of the time YAML does, which
//! is most of what a one-shot command such as `yijian export` spends.
//!
//! On Linux with glibc the program is linked as a position-dependent executable: a
//! position-independent one has the dynamic loader patch some nine thousand addresses and copy
//! 140 KiB of tables at every start, a sixth of what `yijian export` costs beyond `cat`. Shared
//! libraries, the heap and the stack are still placed at random.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=policy.yaml");
    let var = |k: &str| std::env::var(k).unwrap_or_default();
    if var("CARGO_CFG_TARGET_OS") == "linux" && var("CARGO_CFG_TARGET_ENV") == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
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
