CREATE OR REPLACE FUNCTION order_sum(p_client integer) RETURNS numeric
LANGUAGE sql STABLE AS $$
    SELECT coalesce(sum(amount), 0) FROM orders WHERE client_id = p_client
$$;
