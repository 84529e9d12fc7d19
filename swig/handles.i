/* pjsip objects Java holds as opaque handles (a request to send, the rx_data of a callback) must be
 * real ones: NULL is refused instead of dereferenced. */
%typemap(check) pjsip_tx_data *tdata, pjsip_endpoint *endpt, pjsip_rx_data *rdata %{
  if (!$1) {
    pj4j_throw_null(jenv, "$symname: $1_name");
    return $null;
  }
%}
