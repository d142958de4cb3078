import InfraCore

let networkSecurityRules: [Rule] = []
