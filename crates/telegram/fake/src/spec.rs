//! The Bot API's methods and their fields, checked as Telegram checks a call.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde_json::{Map, Value};

/// The method list of Bot API 10.1 (see the crate's README).
const METHODS: &str = include_str!("../bot-api-methods.json");

pub struct Method {
    pub name: String,
    fields: Vec<Field>,
}

struct Field {
    name: String,
    types: Vec<String>,
    required: bool,
}

/// The method, found regardless of case (teloxide sends `SendMessage`).
pub fn method(name: &str) -> Option<&'static Method> {
    static METHODS_BY_NAME: OnceLock<HashMap<String, Method>> = OnceLock::new();
    METHODS_BY_NAME
        .get_or_init(|| {
            let spec: Value = serde_json::from_str(METHODS).expect("the method list is JSON");
            spec["methods"]
                .as_object()
                .expect("the method list has methods")
                .iter()
                .map(|(name, method)| {
                    let fields = method["fields"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|field| Field {
                            name: field["name"].as_str().unwrap_or_default().to_owned(),
                            types: field["types"]
                                .as_array()
                                .into_iter()
                                .flatten()
                                .filter_map(|t| t.as_str().map(str::to_owned))
                                .collect(),
                            required: field["required"].as_bool().unwrap_or(false),
                        })
                        .collect();
                    (
                        name.to_ascii_lowercase(),
                        Method {
                            name: name.clone(),
                            fields,
                        },
                    )
                })
                .collect()
        })
        .get(&name.to_ascii_lowercase())
}

impl Method {
    /// Checks that every required field is there and every known field has one of its
    /// types; returns the parameters typed. `stringly` parameters came from a form or a
    /// multipart body, where every value is a string and objects are JSON-serialized.
    pub fn check(
        &self,
        params: &Map<String, Value>,
        stringly: bool,
    ) -> Result<Map<String, Value>, String> {
        let mut typed = params.clone();
        for field in &self.fields {
            match params.get(&field.name) {
                None | Some(Value::Null) if field.required => {
                    return Err(format!("parameter \"{}\" is required", field.name));
                }
                None | Some(Value::Null) => {}
                Some(value) => {
                    let Some(value) = field
                        .types
                        .iter()
                        .find_map(|ty| typed_as(value, ty, stringly))
                    else {
                        return Err(format!(
                            "field \"{}\" must be of type {}",
                            field.name,
                            field.types.join(" or ")
                        ));
                    };
                    typed.insert(field.name.clone(), value);
                }
            }
        }
        Ok(typed)
    }
}

/// The value as `ty`, if it is one.
fn typed_as(value: &Value, ty: &str, stringly: bool) -> Option<Value> {
    let text = value.as_str().filter(|_| stringly);
    match ty {
        "Integer" => match value {
            Value::Number(n) if n.is_i64() || n.is_u64() => Some(value.clone()),
            _ => text?.trim().parse::<i64>().ok().map(Value::from),
        },
        "Float" => match value {
            Value::Number(_) => Some(value.clone()),
            _ => text?.trim().parse::<f64>().ok().map(Value::from),
        },
        "Boolean" => match value {
            Value::Bool(_) => Some(value.clone()),
            _ => match text? {
                "true" | "True" => Some(Value::Bool(true)),
                "false" | "False" => Some(Value::Bool(false)),
                _ => None,
            },
        },
        "String" => value.is_string().then(|| value.clone()),
        // An upload, or a file_id or URL as a string.
        "InputFile" => {
            (value.is_string() || value.get("uploaded").is_some()).then(|| value.clone())
        }
        array if array.starts_with("Array of ") => match value {
            Value::Array(_) => Some(value.clone()),
            _ => serde_json::from_str::<Value>(text?)
                .ok()
                .filter(Value::is_array),
        },
        _object => match value {
            Value::Object(_) if value.get("uploaded").is_none() => Some(value.clone()),
            _ => serde_json::from_str::<Value>(text?)
                .ok()
                .filter(Value::is_object),
        },
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn params(value: Value) -> Map<String, Value> {
        value.as_object().unwrap().clone()
    }

    #[test]
    fn methods_are_found_in_any_case() {
        assert_eq!(method("SendMessage").unwrap().name, "sendMessage");
        assert_eq!(method("getupdates").unwrap().name, "getUpdates");
        assert!(method("sendTelepathy").is_none());
    }

    #[test]
    fn a_missing_required_field_or_a_wrong_type_is_refused() {
        let send = method("sendMessage").unwrap();
        assert!(send.check(&params(json!({"chat_id": 1})), false).is_err());
        assert!(
            send.check(&params(json!({"chat_id": true, "text": "hi"})), false)
                .is_err()
        );
        assert!(
            send.check(&params(json!({"chat_id": 1, "text": 5})), false)
                .is_err()
        );
        assert!(
            send.check(
                &params(json!({"chat_id": 1, "text": "hi", "brand_new": 1})),
                false
            )
            .is_ok()
        );
    }

    #[test]
    fn form_values_are_typed() {
        let send = method("sendMessage").unwrap();
        let typed = send
            .check(&params(json!({"chat_id": "12", "text": "hi", "reply_markup": "{\"inline_keyboard\":[]}"})), true)
            .unwrap();
        assert_eq!(typed["chat_id"], json!(12));
        assert!(typed["reply_markup"].is_object());
    }
}
