DOCKER_API_VERSION=1.50 docker service create --help
notty
