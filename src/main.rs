//! The `ddlcodegen` command; everything lives in the library's `cli` module.

fn main() {
    std::process::exit(ddlcodegen::cli::main());
}
