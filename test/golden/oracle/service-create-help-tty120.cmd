docker service create --help
tty cols=120
