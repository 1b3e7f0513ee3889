//! The `pdpdesk` program: the command line of [`pdpdesk`].

fn main() -> std::process::ExitCode {
    pdpdesk::main()
}
