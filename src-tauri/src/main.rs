#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    pdp_desk_lib::run()
}
