"""The 증명서 tab: issuing certificates, the register (발급대장), verifying, and their settings."""
