from sqlalchemy import Boolean, Column, Date, DateTime, Integer, JSON, LargeBinary, MetaData, TIMESTAMP, Table, Time, text

metadata = MetaData()


t_events = Table(
    'events', metadata,
    Column('id', Integer, primary_key=True),
    Column('day', Date, nullable=False, server_default=text('CURRENT_DATE')),
    Column('starts_at', Time, server_default=text('CURRENT_TIME')),
    Column('created_at', DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP')),
    Column('updated_at', TIMESTAMP, server_default=text("strftime('%Y-%m-%d %H:%M:%f', 'now')")),
    Column('payload', JSON, server_default=text("'{}'")),
    Column('attachment', LargeBinary, server_default=text("X'00'")),
    Column('published', Boolean, nullable=False, server_default=text('0')),
    Column('archived', Boolean, server_default=text('FALSE'))
)
