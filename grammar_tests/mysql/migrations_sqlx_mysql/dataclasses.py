from typing import Optional
import datetime

from sqlalchemy import CHAR, DateTime, ForeignKeyConstraint, Index, String, TIMESTAMP, VARBINARY, text
from sqlalchemy.dialects.mysql import BIGINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Users(Base):
    __tablename__ = 'users'
    __table_args__ = (
        Index('users_login_uq', 'login', unique=True),
    )

    id: Mapped[int] = mapped_column(BIGINT(20, unsigned=True), primary_key=True, autoincrement=True)
    login: Mapped[str] = mapped_column(String(64), nullable=False)
    password_hash: Mapped[bytes] = mapped_column(VARBINARY(64), nullable=False)

    access_tokens: Mapped[list['AccessTokens']] = relationship('AccessTokens', back_populates='user')


class AccessTokens(Base):
    __tablename__ = 'access_tokens'
    __table_args__ = (
        ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE', name='access_tokens_ibfk_1'),
        Index('user_id', 'user_id')
    )

    token: Mapped[str] = mapped_column(CHAR(40), primary_key=True)
    user_id: Mapped[int] = mapped_column(BIGINT(20, unsigned=True), nullable=False)
    issued_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    expires_at: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime)

    user: Mapped['Users'] = relationship('Users', back_populates='access_tokens')
