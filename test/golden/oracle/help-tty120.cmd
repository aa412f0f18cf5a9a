docker --help
tty cols=120
