//! End-to-end tests of the `velkommen` binary: whole conversations piped into `velkommen chat`,
//! and the other commands, each test on its own fresh database file.

#[macro_use]
mod helpers;
mod expected;

mod backup;
mod bad_input;
mod catalogue;
mod command_line;
mod languages;
mod my_data;
mod newcomer;
mod poster;
mod privacy;
mod readme;
mod restart;
mod two_people;
mod urgent;
mod volunteers;
