"""The 분쟁조정 tab: mediation cases behind the mediation password, their workflow, sessions, outcome and 조정조서."""
