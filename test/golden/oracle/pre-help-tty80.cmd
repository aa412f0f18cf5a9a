docker --help
tty cols=80
