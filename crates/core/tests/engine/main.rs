//! The conversation engine driven as people would drive it, on real SQLite files.

mod bad_input;
mod catalog;
mod coordinators;
mod golden;
mod helpers;
mod languages;
mod newcomer;
mod outbox;
mod privacy;
mod random;
mod restart;
mod statements;
mod urgent;
mod volunteers;
mod ways;
