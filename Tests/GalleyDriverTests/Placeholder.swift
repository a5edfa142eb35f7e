// Driver tests arrive with the driver.
