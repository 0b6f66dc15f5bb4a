"""Excel roster import (wizard), export, the blank template and the list of past imports."""
