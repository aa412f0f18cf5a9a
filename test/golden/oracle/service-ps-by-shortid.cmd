docker service ps byvkdpmnuqyz
notty
