"""California-housing example: data -> features -> model -> metrics."""
