"""The Qt user interface. It calls services and never builds SQL."""
