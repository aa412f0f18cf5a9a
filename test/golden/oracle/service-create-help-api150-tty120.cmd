DOCKER_API_VERSION=1.50 docker service create --help
tty cols=120
