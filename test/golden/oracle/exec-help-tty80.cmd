docker exec --help
tty cols=80
