"""The 현황 tab: key figures of a year, charts, small tables and reminders (tab.DashboardTab)."""
