docker ps --help
tty cols=80
