//! Delivery workers: the platform-neutral loop that drains one platform's outbox.
