import InfraCore

/// Security readers not yet moved to Services/.
enum SecurityChecks {

}
