"""The member directory tab (회원사 명부)."""
