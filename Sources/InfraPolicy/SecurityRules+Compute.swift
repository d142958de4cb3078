import InfraCore

let computeSecurityRules: [Rule] = []
