import InfraCore
