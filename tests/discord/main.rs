//! End-to-end tests of `velkommen run` on Discord, against a fake Discord (REST and gateway)
//! on 127.0.0.1: whole conversations, the delivery worker's errors, a gateway reconnect, and
//! a volunteer on Discord helping a newcomer on Telegram.

mod helpers;

mod conversation;
mod cross_platform;
mod delivery;
mod gateway;
mod priority;
mod urgent;
