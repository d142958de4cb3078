/// Wording shared by the settings decoder and the settings value types, so a value type can recognise the decoder's
/// generic complaint and replace it with its own, more precise one.
public enum SettingsProblem {
    /// Every string setting names or configures something AWS needs non-empty.
    public static let emptyString = "an empty string is not a value here: write one, or leave the key out if it is optional"
}
