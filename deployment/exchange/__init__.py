"""Sites and the signed files they exchange: poskos working offline, the office, the provinsi."""
