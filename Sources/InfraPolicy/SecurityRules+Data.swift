import InfraCore

let dataSecurityRules: [Rule] = []
