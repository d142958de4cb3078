import InfraCore

/// Security and reliability rules not yet moved to Services/.
let securityRules: [Rule] = coreSecurityRules + networkSecurityRules + dataSecurityRules + computeSecurityRules

let coreSecurityRules: [Rule] = []
