//! Discord's REST routes and the required fields of their bodies, checked as Discord checks
//! a call.

use std::sync::OnceLock;

use serde_json::Value;

/// A path's parameters by name, such as `channel_id`.
pub type Params = Vec<(String, String)>;

/// Paths, methods and required top-level body fields, taken from Discord's OpenAPI
/// description (see the crate's README).
const ROUTES: &str = include_str!("../discord-routes.json");

fn routes() -> &'static Value {
    static ROUTES_JSON: OnceLock<Value> = OnceLock::new();
    ROUTES_JSON.get_or_init(|| serde_json::from_str(ROUTES).expect("the route list is JSON"))
}

/// The route template a path matches, such as `/channels/{channel_id}/messages`, with the
/// values of its parameters; `None` for a path Discord does not have.
pub fn route(path: &str) -> Option<(String, Params)> {
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    let mut best: Option<(usize, String, Params)> = None;
    for template in routes()["paths"].as_object()?.keys() {
        let parts: Vec<&str> = template.trim_matches('/').split('/').collect();
        if parts.len() != segments.len() {
            continue;
        }
        let mut params = vec![];
        let mut literal = 0;
        let matched = parts.iter().zip(&segments).all(|(part, segment)| {
            if part.starts_with('{') {
                params.push((
                    part.trim_matches(['{', '}']).to_owned(),
                    (*segment).to_owned(),
                ));
                !segment.is_empty()
            } else {
                literal += 1;
                part == segment
            }
        });
        // A literal segment wins over a parameter (`/users/@me` over `/users/{user_id}`).
        if matched && best.as_ref().is_none_or(|(n, _, _)| literal > *n) {
            best = Some((literal, template.clone(), params));
        }
    }
    best.map(|(_, template, params)| (template, params))
}

/// Whether the route takes this method.
pub fn allows(template: &str, method: &str) -> bool {
    routes()["paths"][template].get(method).is_some()
}

/// What is wrong with a body for this route and method, as Discord's `errors` object would
/// name it: a missing body, or missing required fields.
pub fn check_body(template: &str, method: &str, body: Option<&Value>) -> Result<(), String> {
    let entry = &routes()["paths"][template][method];
    let Some(body) = body else {
        if entry["body_required"].as_bool() == Some(true) {
            return Err("a body is required".into());
        }
        return Ok(());
    };
    let schema = &entry["schema"];
    let missing = |object: &Value, fields: &Value| -> Option<String> {
        fields
            .as_array()?
            .iter()
            .filter_map(Value::as_str)
            .find(|field| object.get(field).is_none_or(Value::is_null))
            .map(str::to_owned)
    };
    match schema["kind"].as_str() {
        Some("object") => {
            if !body.is_object() {
                return Err("the body must be an object".into());
            }
            if let Some(field) = missing(body, &schema["required"]) {
                return Err(format!("{field}: This field is required"));
            }
        }
        Some("array") => {
            let Some(items) = body.as_array() else {
                return Err("the body must be an array".into());
            };
            for (index, item) in items.iter().enumerate() {
                if let Some(field) = missing(item, &schema["items"]) {
                    return Err(format!("{index}.{field}: This field is required"));
                }
            }
        }
        _ => {}
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_match_their_templates_and_unknown_ones_do_not() {
        let (template, params) = route("/channels/12/messages").unwrap();
        assert_eq!(template, "/channels/{channel_id}/messages");
        assert_eq!(params, vec![("channel_id".into(), "12".into())]);
        assert_eq!(route("/users/@me").unwrap().0, "/users/@me");
        assert!(route("/no/such/route").is_none());
        assert!(allows("/users/@me/channels", "POST"));
        assert!(!allows("/users/@me/channels", "GET"));
    }

    #[test]
    fn required_fields_are_required() {
        let callback = "/interactions/{interaction_id}/{interaction_token}/callback";
        assert!(check_body(callback, "POST", Some(&serde_json::json!({"data": {}}))).is_err());
        assert!(check_body(callback, "POST", Some(&serde_json::json!({"type": 6}))).is_ok());
        let commands = "/applications/{application_id}/commands";
        assert!(
            check_body(
                commands,
                "PUT",
                Some(&serde_json::json!([{"description": "x"}]))
            )
            .is_err()
        );
        assert!(check_body(commands, "PUT", None).is_err());
    }
}
