docker service rm --help
tty cols=80
