docker service scale --help
tty cols=80
