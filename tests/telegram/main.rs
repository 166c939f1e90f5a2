//! End-to-end tests of `velkommen run` on Telegram, against a fake Bot API server on
//! 127.0.0.1: whole conversations, the delivery worker's limits and errors, and restarts.

mod helpers;

mod browser;
mod command_line;
mod conversation;
mod delivery;
mod fan_out;
mod operations;
mod priority;
mod restart;
mod urgent;
mod webhook;
