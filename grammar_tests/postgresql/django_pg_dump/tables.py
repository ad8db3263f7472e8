from sqlalchemy import BigInteger, Boolean, CheckConstraint, Column, DateTime, ForeignKeyConstraint, Identity, Index, Integer, MetaData, PrimaryKeyConstraint, SmallInteger, String, Table, Text, UniqueConstraint, text

metadata = MetaData()


t_auth_group = Table(
    'auth_group', metadata,
    Column('id', Integer, Identity(start=1, increment=1, minvalue=1, maxvalue=2147483647, cycle=False, cache=1), primary_key=True, autoincrement=True),
    Column('name', String(150), nullable=False),
    PrimaryKeyConstraint('id', name='auth_group_pkey'),
    UniqueConstraint('name', name='auth_group_name_key'),
    Index('auth_group_name_a6ea08ec_like', 'name', postgresql_ops={'name': 'varchar_pattern_ops'})
)

t_auth_user = Table(
    'auth_user', metadata,
    Column('id', Integer, primary_key=True),
    Column('password', String(128), nullable=False),
    Column('last_login', DateTime(True)),
    Column('is_superuser', Boolean, nullable=False),
    Column('username', String(150), nullable=False),
    Column('email', String(254), nullable=False),
    Column('date_joined', DateTime(True), nullable=False),
    Column('login_count', Integer, nullable=False, server_default=text('0')),
    CheckConstraint('login_count >= 0', name='auth_user_login_count_check'),
    PrimaryKeyConstraint('id', name='auth_user_pkey'),
    UniqueConstraint('username', name='auth_user_username_key'),
    Index('auth_user_username_6821ab7c_like', 'username', postgresql_ops={'username': 'varchar_pattern_ops'})
)

t_django_content_type = Table(
    'django_content_type', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('app_label', String(100), nullable=False),
    Column('model', String(100), nullable=False),
    PrimaryKeyConstraint('id', name='django_content_type_pkey'),
    UniqueConstraint('app_label', 'model', name='django_content_type_app_label_model_76bd3d3b_uniq')
)

t_django_session = Table(
    'django_session', metadata,
    Column('session_key', String(40), primary_key=True),
    Column('session_data', Text, nullable=False),
    Column('expire_date', DateTime(True), nullable=False),
    PrimaryKeyConstraint('session_key', name='django_session_pkey'),
    Index('django_session_expire_date_a5c62663', 'expire_date'),
    Index('django_session_session_key_c0390e0f_like', 'session_key', postgresql_ops={'session_key': 'varchar_pattern_ops'})
)

t_auth_permission = Table(
    'auth_permission', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', String(255), nullable=False),
    Column('content_type_id', Integer, nullable=False),
    Column('codename', String(100), nullable=False),
    ForeignKeyConstraint(['content_type_id'], ['django_content_type.id'], deferrable=True, initially='DEFERRED', name='auth_permission_content_type_id_2f476e4b_fk_django_co'),
    PrimaryKeyConstraint('id', name='auth_permission_pkey'),
    UniqueConstraint('content_type_id', 'codename', name='auth_permission_content_type_id_codename_01ab375a_uniq'),
    Index('auth_permission_content_type_id_2f476e4b', 'content_type_id')
)

t_django_admin_log = Table(
    'django_admin_log', metadata,
    Column('id', Integer, primary_key=True),
    Column('action_time', DateTime(True), nullable=False),
    Column('object_id', Text),
    Column('object_repr', String(200), nullable=False),
    Column('action_flag', SmallInteger, nullable=False),
    Column('change_message', Text, nullable=False),
    Column('content_type_id', Integer),
    Column('user_id', Integer, nullable=False),
    CheckConstraint('action_flag >= 0', name='django_admin_log_action_flag_check'),
    ForeignKeyConstraint(['content_type_id'], ['django_content_type.id'], deferrable=True, initially='DEFERRED', name='django_admin_log_content_type_id_c4bce8eb_fk_django_co'),
    ForeignKeyConstraint(['user_id'], ['auth_user.id'], deferrable=True, initially='DEFERRED', name='django_admin_log_user_id_c564eba6_fk_auth_user_id'),
    PrimaryKeyConstraint('id', name='django_admin_log_pkey')
)

t_auth_group_permissions = Table(
    'auth_group_permissions', metadata,
    Column('id', BigInteger, primary_key=True),
    Column('group_id', Integer, nullable=False),
    Column('permission_id', Integer, nullable=False),
    ForeignKeyConstraint(['group_id'], ['auth_group.id'], deferrable=True, initially='DEFERRED', name='auth_group_permissions_group_id_b120cbf9_fk_auth_group_id'),
    ForeignKeyConstraint(['permission_id'], ['auth_permission.id'], deferrable=True, initially='DEFERRED', name='auth_group_permissio_permission_id_84c5c92e_fk_auth_perm'),
    PrimaryKeyConstraint('id', name='auth_group_permissions_pkey'),
    UniqueConstraint('group_id', 'permission_id', name='auth_group_permissions_group_id_permission_id_0cd325b0_uniq'),
    Index('auth_group_permissions_group_id_b120cbf9', 'group_id'),
    Index('auth_group_permissions_permission_id_84c5c92e', 'permission_id')
)
