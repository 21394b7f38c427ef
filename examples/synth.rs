//! `cargo run --release --example synth -- --nodes N --out FILE`: writes a valid policy file of
//! N nodes of realistic bilingual text, for measuring yijian at scale (see docs/PERFORMANCE.md).

#[path = "../benches/support/synth.rs"]
mod synth;

use clap::Parser;

#[derive(Parser)]
struct Args {
    /// How many nodes the file has.
    #[arg(long)]
    nodes: usize,
    /// Where to write it.
    #[arg(long)]
    out: std::path::PathBuf,
}

fn main() {
    let args = Args::parse();
    let text = synth::generate(args.nodes);
    if let Err(e) = std::fs::write(&args.out, &text) {
        eprintln!("synth: cannot write {}: {e}", args.out.display());
        std::process::exit(2);
    }
    println!(
        "{}: {} nodes, {} bytes",
        args.out.display(),
        args.nodes,
        text.len()
    );
}
