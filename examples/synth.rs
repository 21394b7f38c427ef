//! `cargo run --release --example synth -- --docs D --nodes N --out DIR`: writes a folder of D
//! valid policy files with N nodes of realistic bilingual text in all, for measuring yijian at
//! scale (see docs/PERFORMANCE.md). `--docs 1` writes one document of N nodes.

#[path = "../benches/support/synth.rs"]
mod synth;

use clap::Parser;

#[derive(Parser)]
struct Args {
    /// How many documents (files) the library has.
    #[arg(long, default_value_t = 1)]
    docs: usize,
    /// How many nodes they have in all.
    #[arg(long)]
    nodes: usize,
    /// The folder to write them into.
    #[arg(long)]
    out: std::path::PathBuf,
}

fn main() {
    let args = Args::parse();
    match synth::write_library(&args.out, args.docs, args.nodes) {
        Ok(bytes) => println!(
            "{}: {} documents, {} nodes, {bytes} bytes",
            args.out.display(),
            args.docs.max(1),
            args.nodes
        ),
        Err(e) => {
            eprintln!("synth: cannot write {}: {e}", args.out.display());
            std::process::exit(2);
        }
    }
}
