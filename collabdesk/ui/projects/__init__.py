"""The 협업 컨소시엄 tab: consortium projects, their agreement versions, milestones and outcomes."""
